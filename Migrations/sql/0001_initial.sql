-- Placeholder; the store work replaces this with the real schema.
CREATE TABLE placeholder (id INTEGER PRIMARY KEY);
