// Recap Studio preview page. Java patches the blocks through recapPreview.patch(json) (data as an argument, never
// spliced into script text), scrolls by source line with recapPreview.scrollToLine(n), and hears about the line at
// the top of the viewport through the bridge object it installs as window.recapBridge.
(function () {
    'use strict';
    var content = document.getElementById('content');
    var programmaticY = null;
    var scrollPending = false;

    function blocks() {
        return content.children;
    }

    function lineRange(el) {
        return {first: parseInt(el.getAttribute('data-first'), 10), last: parseInt(el.getAttribute('data-last'), 10)};
    }

    // The block at vertical position y (document coordinates): the last one whose top is at or above y.
    function blockAtY(y) {
        var list = blocks(), lo = 0, hi = list.length - 1, found = list.length ? list[0] : null;
        while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (list[mid].offsetTop <= y) {
                found = list[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    function blockForLine(line) {
        var list = blocks(), best = null;
        for (var i = 0; i < list.length; i++) {
            var r = lineRange(list[i]);
            if (line >= r.first && line <= r.last) {
                return list[i];
            }
            if (r.first <= line && (best === null || r.first > lineRange(best).first)) {
                best = list[i];
            }
        }
        return best || (list.length ? list[0] : null);
    }

    function anchor() {
        var y = window.pageYOffset;
        var el = blockAtY(y);
        if (!el) {
            return null;
        }
        return {key: el.getAttribute('data-key'), first: lineRange(el).first, offset: el.offsetTop - y};
    }

    function restore(a) {
        if (!a) {
            return;
        }
        var el = null;
        var list = blocks();
        for (var i = 0; i < list.length && !el; i++) {
            if (list[i].getAttribute('data-key') === a.key) {
                el = list[i];
            }
        }
        el = el || blockForLine(a.first);
        if (el) {
            var y = Math.max(0, el.offsetTop - a.offset);
            if (Math.abs(y - window.pageYOffset) >= 1) {
                programmaticY = y;
                window.scrollTo(0, y);
            }
        }
    }

    function setIfChanged(el, name, value) {
        var text = String(value);
        if (el.getAttribute(name) !== text) {
            el.setAttribute(name, text);
        }
    }

    // True when el comes after anchorEl in the page.
    function isAfter(el, anchorEl) {
        return anchorEl !== null && anchorEl !== el
            && (anchorEl.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    }

    // data: {blocks: [{k: key, f: firstLine, l: lastLine, h: html or null when the page already has it}]}
    // Returns the number of blocks that were sent without HTML but are not on the page (Java then sends them all).
    function patch(json) {
        var data = JSON.parse(json);
        var kept = {};
        var list = blocks();
        for (var i = 0; i < list.length; i++) {
            kept[list[i].getAttribute('data-key')] = list[i];
        }
        var missing = 0;
        for (var j = 0; j < data.blocks.length; j++) {
            var b = data.blocks[j];
            if (!kept[b.k] && (b.h === null || b.h === undefined)) {
                missing++;
            }
        }
        if (missing > 0) {
            return missing;
        }
        // Where the reader is: the block at the top of the viewport. Only a change before it can move it, and only
        // then is the layout forced to put it back; otherwise the browser lays out the changed blocks at its pace.
        var a = anchor();
        var anchorEl = a ? kept[a.key] : null;
        var changedBeforeAnchor = false;
        var wantedKeys = {};
        for (var w = 0; w < data.blocks.length; w++) {
            wantedKeys[data.blocks[w].k] = true;
        }
        // Stale blocks go first, so that the blocks after them need not move.
        for (var key in kept) {
            if (Object.prototype.hasOwnProperty.call(kept, key) && !wantedKeys[key]) {
                changedBeforeAnchor = changedBeforeAnchor || !isAfter(kept[key], anchorEl);
                content.removeChild(kept[key]);
                delete kept[key];
            }
        }
        var reachedAnchor = false;
        var previous = null;
        for (var n = 0; n < data.blocks.length; n++) {
            var block = data.blocks[n];
            var el = kept[block.k];
            if (!el) {
                el = document.createElement('div');
                el.className = 'rs-block';
                el.setAttribute('data-key', block.k);
                el.innerHTML = block.h;
            }
            setIfChanged(el, 'data-first', block.f);
            setIfChanged(el, 'data-last', block.l);
            var wanted = previous ? previous.nextSibling : content.firstChild;
            if (el !== wanted) {
                content.insertBefore(el, wanted);
                changedBeforeAnchor = changedBeforeAnchor || !reachedAnchor;
            }
            reachedAnchor = reachedAnchor || el === anchorEl;
            previous = el;
        }
        if (changedBeforeAnchor) {
            restore(a);
        }
        return 0;
    }

    function scrollToLine(line) {
        var el = blockForLine(line);
        if (!el) {
            return;
        }
        var r = lineRange(el);
        var span = Math.max(1, r.last - r.first + 1);
        var fraction = Math.min(1, Math.max(0, (line - r.first) / span));
        var y = Math.round(el.offsetTop + fraction * el.offsetHeight);
        y = Math.max(0, Math.min(y, document.documentElement.scrollHeight - window.innerHeight));
        programmaticY = y;
        window.scrollTo(0, y);
    }

    // Scrolls only when the block of the line is out of sight (the caret moved to another part of the post).
    function revealLine(line) {
        var el = blockForLine(line);
        if (!el) {
            return;
        }
        var top = el.offsetTop - window.pageYOffset;
        var bottom = top + el.offsetHeight;
        if (bottom <= 0 || top >= window.innerHeight) {
            scrollToLine(line);
        }
    }

    // The source line shown at the top of the viewport.
    function lineAtTop() {
        var y = window.pageYOffset;
        var el = blockAtY(y);
        if (!el) {
            return 1;
        }
        var r = lineRange(el);
        var h = Math.max(1, el.offsetHeight);
        var fraction = Math.min(1, Math.max(0, (y - el.offsetTop) / h));
        return Math.min(r.last, r.first + Math.floor(fraction * (r.last - r.first + 1)));
    }

    function onScroll() {
        if (programmaticY !== null) {
            var wasProgrammatic = Math.abs(window.pageYOffset - programmaticY) < 2;
            programmaticY = null;
            if (wasProgrammatic) {
                return;
            }
        }
        if (scrollPending) {
            return;
        }
        scrollPending = true;
        window.requestAnimationFrame(function () {
            scrollPending = false;
            if (window.recapBridge) {
                window.recapBridge.lineScrolled(lineAtTop());
            }
        });
    }

    window.addEventListener('scroll', onScroll);

    // Links never navigate the preview away; in-page anchors (footnotes) still scroll.
    document.addEventListener('click', function (event) {
        var target = event.target;
        while (target && target.nodeName !== 'A') {
            target = target.parentNode;
        }
        if (!target || !target.getAttribute('href')) {
            return;
        }
        var href = target.getAttribute('href');
        event.preventDefault();
        if (href.charAt(0) === '#') {
            var anchorTarget = document.getElementById(decodeURIComponent(href.substring(1)));
            if (anchorTarget) {
                anchorTarget.scrollIntoView();
            }
        } else if (window.recapBridge) {
            window.recapBridge.linkClicked(href);
        }
    }, true);

    window.recapPreview = {
        patch: patch,
        scrollToLine: scrollToLine,
        revealLine: revealLine,
        lineAtTop: lineAtTop
    };
}());
