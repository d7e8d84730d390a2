#if PostgreSQL
import Dispatch

/// Runs the tasks of ``PostgresStore`` on threads of a dispatch queue instead of
/// Swift's cooperative pool. The store's callers wait for its tasks on their own
/// thread; when they are on the cooperative pool themselves (tests, or a library
/// user's task), its few threads could all be waiting, with none left to run the work.
@available(macOS 15, *)
final class DispatchTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "annals.postgres", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
#endif
