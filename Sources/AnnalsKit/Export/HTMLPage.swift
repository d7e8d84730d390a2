/// The fixed parts of ``HTMLExporter``'s page: its head with the styles, its
/// tail with the script, and escaping.
enum HTMLPage {
    /// `text` safe inside HTML text and quoted attributes.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` safe inside a JSON string within a `<script>` element (no `</script>` can end it).
    static func escapedJSON(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// ` lang="fa"` when the text's first letter is in the Arabic script, else nothing
    /// (the page's language applies).
    static func languageAttribute(_ text: String) -> String {
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return " lang=\"fa\""
            default: return ""
            }
        }
        return ""
    }

    /// What a CAMEO quad class means.
    static func quadName(_ quadClass: Int?) -> String {
        switch quadClass {
        case 1: "verbal cooperation"
        case 2: "material cooperation"
        case 3: "verbal conflict"
        case 4: "material conflict"
        default: "type not in the codebook"
        }
    }

    static func head(title: String, calendar: DisplayCalendar) -> String {
        """
        <!DOCTYPE html>
        <html lang="en" data-calendar="\(calendar.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Annals">
        <title>\(title)</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        <a class="skip" href="#dated">Skip to the events</a>
        <header class="page"><h1>\(title)</h1>
        <p class="legend" aria-label="Colours by CAMEO quad class"><span class="key q1">verbal cooperation</span> <span class="key q2">material cooperation</span> <span class="key q3">verbal conflict</span> <span class="key q4">material conflict</span></p>
        </header>
        <div class="controls" role="group" aria-label="Filters and zoom" hidden>
        <label>Type <select id="filter-type"><option value="">all types</option></select></label>
        <label>Actor <select id="filter-actor"><option value="">all actors</option></select></label>
        <span class="zoom"><button type="button" id="zoom-out" aria-label="Zoom out">−</button><button type="button" id="zoom-fit">Whole period</button><button type="button" id="zoom-in" aria-label="Zoom in">+</button></span>
        <span id="shown" role="status" aria-live="polite"></span>
        </div>
        <div id="axis" role="region" aria-label="Time axis: arrow keys move between events, + and − zoom" hidden><div id="track"></div></div>
        <main>

        """
    }

    static func tail(axisJSON: String) -> String {
        """
        </main>
        <script type="application/json" id="axis-data">\(axisJSON)</script>
        <script>
        \(script)
        </script>
        </body>
        </html>

        """
    }

    static let style = """
        :root{--q1:#1d6b3a;--q2:#1f57a0;--q3:#8f4a00;--q4:#b0231b;--q0:#555;--line:#c8c8c8;--ink:#1a1a1a;--muted:#4a4a4a;--paper:#fff;--soft:#f4f4f2}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;padding:0 1rem 2rem;color:var(--ink);background:var(--paper);font:16px/1.5 system-ui,"Noto Sans","Noto Naskh Arabic","Noto Sans Arabic",Vazirmatn,"DejaVu Sans",Tahoma,"Segoe UI",sans-serif;overflow-wrap:anywhere}
        h1{font-size:1.5rem;margin:1rem 0 .25rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line)}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--paper);padding:.25rem}
        .legend{margin:.25rem 0;font-size:.85rem;color:var(--muted)}
        .key{display:inline-block;margin-inline-end:.75rem}.key::before{content:"";display:inline-block;width:.8em;height:.8em;margin-inline-end:.3em;border-radius:2px;background:var(--c);vertical-align:-.05em}
        .q1{--c:var(--q1)}.q2{--c:var(--q2)}.q3{--c:var(--q3)}.q4{--c:var(--q4)}.q0{--c:var(--q0)}
        .controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0;font-size:.9rem}
        .controls[hidden],#axis[hidden]{display:none}
        select,button{font:inherit;color:var(--ink);background:var(--paper);border:1px solid #767676;border-radius:4px;padding:.2rem .5rem;max-width:100%}
        button{cursor:pointer}button:hover{background:var(--soft)}
        :focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
        #shown{color:var(--muted)}
        #axis{position:relative;width:100%;overflow-x:auto;overflow-y:hidden;border:1px solid var(--line);border-radius:6px;background:var(--soft);touch-action:pan-x;cursor:grab}
        #track{position:relative;min-width:100%;height:6rem}
        .tick{position:absolute;top:0;bottom:0;border-inline-start:1px solid var(--line);font-size:.75rem;color:var(--muted);padding-inline-start:3px;white-space:nowrap;pointer-events:none}
        .tick.year{border-color:#8a8a8a;color:var(--ink);font-weight:600}
        .tick.month{top:1.1rem}
        .tick button{pointer-events:auto;border:0;background:none;padding:0;font:inherit;color:inherit}
        .mark{position:absolute;height:12px;min-width:12px;margin-inline-start:-6px;padding:0;border:2px solid var(--paper);border-radius:6px;background:var(--c)}
        .mark:hover,.mark:focus-visible{transform:scale(1.4);z-index:2}
        main{max-width:60rem}
        .cards{list-style:none;margin:0;padding:0}
        .card{margin:.75rem 0}
        .card[hidden]{display:none}
        .card article{border:1px solid var(--line);border-inline-start:6px solid var(--c);border-radius:6px;padding:.6rem .8rem;background:var(--paper)}
        .card article:focus{outline:3px solid #0b57d0}
        .meta{margin:0;font-size:.9rem;color:var(--muted);text-align:start}
        .card article:dir(rtl) .meta{text-align:right}
        .date{font-weight:600;color:var(--ink);margin-inline-end:.5rem}
        .solar{font-weight:600}
        .gregorian+.solar::before{content:"· ";color:var(--muted)}
        .type{white-space:normal}.code{display:inline-block;padding:0 .35em;border-radius:3px;background:var(--c);color:#fff;font-weight:600;font-variant-numeric:tabular-nums}
        .flag{font-style:italic}
        h3{font-size:1.05rem;margin:.3rem 0;font-weight:600;line-height:1.6}
        .who{margin:.2rem 0;font-size:.9rem}.role{color:var(--muted)}
        .sources{margin:.4rem 0 0;padding:0 1.4rem;font-size:.85rem;color:var(--muted)}
        .sources q{color:var(--ink)}
        cite{font-style:normal}
        .note{color:var(--muted)}
        @media (max-width:480px){body{padding:0 .6rem 1.5rem}h1{font-size:1.25rem}.card article{padding:.5rem .6rem}}
        @media print{.controls,#axis,.skip{display:none!important}body{padding:0;font-size:11pt}.card{break-inside:avoid}.card article{border-color:#999}.code{color:#000;background:none;border:1px solid #000}.card[hidden]{display:block}}
        """

    static let script = """
        (function(){
        "use strict";
        var data=JSON.parse(document.getElementById("axis-data").textContent||"null");
        var cards=Array.prototype.slice.call(document.querySelectorAll(".card"));
        var dated=cards.filter(function(c){return c.dataset.from;});
        var axis=document.getElementById("axis"),track=document.getElementById("track");
        var controls=document.querySelector(".controls"),shown=document.getElementById("shown");
        var typeSelect=document.getElementById("filter-type"),actorSelect=document.getElementById("filter-actor");
        controls.hidden=false;
        function option(select,value,label){var o=document.createElement("option");o.value=value;o.textContent=label;select.appendChild(o);}
        var roots={},actors={};
        cards.forEach(function(c){roots[c.dataset.root]=c.dataset.rootLabel;
          c.querySelectorAll(".actor").forEach(function(a){actors[a.dataset.code]=a.textContent;});});
        Object.keys(roots).sort().forEach(function(r){option(typeSelect,r,r+" "+roots[r]);});
        Object.keys(actors).sort(function(a,b){return actors[a].localeCompare(actors[b]);}).forEach(function(a){option(actorSelect,a,actors[a]+" ("+a+")");});
        var marks=[],zoom=1,from=0,span=1;
        if(data&&dated.length){
          axis.hidden=false;
          var pad=Math.max(2,Math.round((data.to-data.from+1)*0.02));
          from=data.from-pad;span=data.to-data.from+1+2*pad;
          dated.forEach(function(c){
            var m=document.createElement("button");m.type="button";
            m.className="mark "+Array.prototype.filter.call(c.classList,function(k){return /^q\\d$/.test(k);}).join(" ");
            var art=c.querySelector("article");
            m.setAttribute("aria-label",c.querySelector(".date").textContent+": "+art.querySelector("h3").textContent);
            m.title=m.getAttribute("aria-label");m.dataset.card=c.id;
            m.addEventListener("click",function(){art.focus();art.scrollIntoView({block:"center"});});
            track.appendChild(m);marks.push({mark:m,card:c,from:+c.dataset.from,to:+c.dataset.to});
          });
        }
        function x(day){return (day-from)/span*track.clientWidth;}
        function layout(){
          if(!marks.length)return;
          track.style.width=(zoom*100)+"%";
          Array.prototype.slice.call(track.querySelectorAll(".tick")).forEach(function(t){t.remove();});
          var width=track.clientWidth,perYear=width/span*365.25,step=Math.max(1,Math.ceil(56/perYear));
          data.years.forEach(function(t,i){if(i%step)return;tick(t,"year",i+1<data.years.length?data.years[i+1][0]:t[0]+366);});
          if(width/span*30>=44)data.months.forEach(function(t){tick(t,"month");});
          var lanes=[],height=0;
          marks.filter(function(m){return !m.mark.hidden;}).forEach(function(m){
            var left=x(m.from),right=Math.max(left+12,x(m.to+1));
            var lane=0;while(lanes[lane]!==undefined&&lanes[lane]>left-2)lane++;
            lanes[lane]=right;height=Math.max(height,lane);
            m.mark.style.left=left+"px";m.mark.style.width=(right-left)+"px";m.mark.style.top=(2.4*16+lane*15)+"px";
          });
          track.style.height=(2.4*16+(height+1)*15+8)+"px";
        }
        function tick(t,kind,next){
          if(t[0]<from-40||t[0]>from+span)return;
          var d=document.createElement("div");d.className="tick "+kind;d.style.left=Math.max(0,x(t[0]))+"px";
          if(kind==="year"){var b=document.createElement("button");b.type="button";b.textContent=t[1];
            b.setAttribute("aria-label","Zoom to "+t[1]);
            b.addEventListener("click",function(){zoomTo(t[0],next);});d.appendChild(b);}
          else d.textContent=t[1];
          track.insertBefore(d,track.firstChild);
        }
        function setZoom(z,center){
          var c=center===undefined?(axis.scrollLeft+axis.clientWidth/2)/track.clientWidth:center;
          zoom=Math.min(Math.max(z,1),Math.max(1,span/7));layout();
          axis.scrollLeft=c*track.clientWidth-axis.clientWidth/2;
        }
        function zoomTo(start,end){setZoom(span/Math.max(1,end-start),((start+end)/2-from)/span);}
        document.getElementById("zoom-in").addEventListener("click",function(){setZoom(zoom*2);});
        document.getElementById("zoom-out").addEventListener("click",function(){setZoom(zoom/2);});
        document.getElementById("zoom-fit").addEventListener("click",function(){setZoom(1,0.5);});
        axis.addEventListener("keydown",function(e){
          var visible=marks.filter(function(m){return !m.mark.hidden;}).map(function(m){return m.mark;});
          var i=visible.indexOf(document.activeElement);
          if(e.key==="ArrowRight"||e.key==="ArrowLeft"){
            var next=visible[i<0?0:Math.min(visible.length-1,Math.max(0,i+(e.key==="ArrowRight"?1:-1)))];
            if(next){next.focus();next.scrollIntoView({block:"nearest",inline:"center"});e.preventDefault();}
          }else if(e.key==="+"||e.key==="="){setZoom(zoom*2);e.preventDefault();}
          else if(e.key==="-"){setZoom(zoom/2);e.preventDefault();}
        });
        var drag=null;
        axis.addEventListener("pointerdown",function(e){if(e.target===track||e.target===axis)drag={x:e.clientX,left:axis.scrollLeft};});
        window.addEventListener("pointermove",function(e){if(drag)axis.scrollLeft=drag.left-(e.clientX-drag.x);});
        window.addEventListener("pointerup",function(){drag=null;});
        function filter(){
          var type=typeSelect.value,actor=actorSelect.value,count=0;
          cards.forEach(function(c){
            var show=(!type||c.dataset.root===type)&&(!actor||c.dataset.actors.split(" ").indexOf(actor)>=0);
            c.hidden=!show;if(show)count++;
          });
          marks.forEach(function(m){m.mark.hidden=m.card.hidden;});
          shown.textContent=count+" of "+cards.length+" events shown";layout();
        }
        typeSelect.addEventListener("change",filter);actorSelect.addEventListener("change",filter);
        window.addEventListener("resize",layout);
        filter();
        })();
        """
}
