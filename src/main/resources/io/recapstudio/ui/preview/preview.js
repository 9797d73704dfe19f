// Recap Studio preview page. Java patches the blocks through recapPreview.patch(json) (data as an argument, never
// spliced into script text), scrolls by source line with recapPreview.scrollToLine(n), and hears about the line at
// the top of the viewport through the bridge object it installs as window.recapBridge.
//
// The page keeps its blocks in an array parallel to #content's children, each element carrying its source lines as
// the properties rsFirst and rsLast (not attributes: renumbering thousands of blocks after a new line must not touch
// the DOM). The reader's place is an anchor (the block at the top of the viewport and its offset); it is kept
// through every patch above it and every image that finishes loading above it.
(function () {
    'use strict';
    var content = document.getElementById('content');
    var els = [];
    var shownVersion = -1;
    // Where this script last left the page ({y, ih: innerHeight, sh: scrollHeight}): a scroll event that finds the
    // page there, or finds its size changed (a resize or a patch clamped the position), is not the user's.
    var expected = null;
    var scrollPending = false;
    var lastAnchor = null;
    // The editor's place as follow() last took it ({top, caret}), until the user scrolls the preview.
    var following = null;

    // The index of the block at vertical position y (document coordinates): the last one whose top is at or above y.
    function indexAtY(y) {
        var lo = 0, hi = els.length - 1, found = els.length ? 0 : -1;
        while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (els[mid].offsetTop <= y) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    // The block whose source holds line, else the last one that starts before it, else the first (binary search:
    // the blocks are in source order).
    function indexForLine(line) {
        var lo = 0, hi = els.length - 1, found = -1;
        while (lo <= hi) {
            var mid = (lo + hi) >> 1;
            if (els[mid].rsFirst <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? (els.length ? 0 : -1) : found;
    }

    function anchor() {
        var i = indexAtY(window.pageYOffset);
        if (i < 0) {
            return null;
        }
        var el = els[i];
        return {el: el, key: el.rsKey, first: el.rsFirst, offset: el.offsetTop - window.pageYOffset};
    }

    function scrollToY(y) {
        y = Math.max(0, Math.min(Math.round(y), document.documentElement.scrollHeight - window.innerHeight));
        if (Math.abs(y - window.pageYOffset) >= 1) {
            window.scrollTo(0, y);
        }
        expectHere();
    }

    function expectHere() {
        expected = {y: window.pageYOffset, ih: window.innerHeight, sh: document.documentElement.scrollHeight};
    }

    // Puts the anchor's block back at the offset it had (or, when it is gone, the block now showing its line).
    function restore(a) {
        if (!a) {
            return;
        }
        var el = a.el && a.el.parentNode === content ? a.el : null;
        if (!el) {
            var i = indexForLine(a.first);
            el = i < 0 ? null : els[i];
        }
        if (el) {
            scrollToY(el.offsetTop - a.offset);
        }
    }

    function newBlock(b) {
        var el = document.createElement('div');
        el.className = 'rs-block';
        el.setAttribute('data-key', b.k);
        el.innerHTML = b.h;
        return el;
    }

    function setLines(el, first, last) {
        el.rsFirst = first;
        el.rsLast = last;
    }

    // data: {v: version, b: base version (-1: the whole page), p: blocks kept at the start, s: blocks kept at the
    // end (their lines shifted by d), m: [{k: key, h: html, f: first line, l: last line}] the blocks between}.
    // Returns 0, or -1 when the page does not show the base version (Java then sends the whole page).
    function patch(json) {
        var data = JSON.parse(json);
        if (data.b !== -1 && data.b !== shownVersion) {
            return -1;
        }
        var full = data.b === -1;
        var prefix = full ? 0 : data.p;
        var suffix = full ? 0 : data.s;
        var a = els.length ? anchor() : null;
        var anchorIndex = a ? els.indexOf(a.el) : -1;
        var removedEnd = els.length - suffix;
        var reusable = {};
        var next = removedEnd < els.length ? els[removedEnd] : null;
        for (var r = prefix; r < removedEnd; r++) {
            reusable[els[r].rsKey] = els[r];
            if (els[r].parentNode === content) {
                content.removeChild(els[r]);
            }
        }
        if (full) {
            // Whatever else got into the page (nothing should) goes: the page is rebuilt from this patch alone.
            while (content.firstChild) {
                content.removeChild(content.firstChild);
            }
            next = null;
        }
        var middle = [];
        for (var j = 0; j < data.m.length; j++) {
            var b = data.m[j];
            var el = reusable[b.k] || newBlock(b);
            delete reusable[b.k];
            el.rsKey = b.k;
            setLines(el, b.f, b.l);
            content.insertBefore(el, next);
            middle.push(el);
        }
        var tail = els.slice(removedEnd);
        if (data.d) {
            for (var t = 0; t < tail.length; t++) {
                setLines(tail[t], tail[t].rsFirst + data.d, tail[t].rsLast + data.d);
            }
        }
        els = els.slice(0, prefix).concat(middle, tail);
        shownVersion = data.v;
        // While following the editor, its place decides (the blocks may have moved the caret's block out of sight).
        // Else only a change before the reader's place can move it; only then is the layout forced to put it back.
        if (following && els.length) {
            follow(following.top, following.caret);
        } else {
            if (a && anchorIndex >= prefix) {
                restore(a);
            }
            lastAnchor = a;
        }
        if (!expected) {
            expectHere(); // once, after the first page: what a later clamp is told apart from
        }
        return 0;
    }

    function scrollToLine(line) {
        var i = indexForLine(line);
        if (i < 0) {
            return;
        }
        var el = els[i];
        var span = Math.max(1, el.rsLast - el.rsFirst + 1);
        var fraction = Math.min(1, Math.max(0, (line - el.rsFirst) / span));
        scrollToY(el.offsetTop + fraction * el.offsetHeight);
        lastAnchor = anchor();
    }

    // Follows the editor: topLine at the top of the viewport, as scrollToLine puts it; then, when caretLine is not
    // -1, moved as little as needed to show the caret's block too.
    function follow(topLine, caretLine) {
        var i = indexForLine(topLine);
        if (i < 0) {
            return;
        }
        var el = els[i];
        var span = Math.max(1, el.rsLast - el.rsFirst + 1);
        var fraction = Math.min(1, Math.max(0, (topLine - el.rsFirst) / span));
        var y = Math.round(el.offsetTop + fraction * el.offsetHeight);
        if (caretLine > 0) {
            // The caret's block as laid out, to the fraction of a pixel (offsetTop and offsetHeight are rounded: a
            // block put flush with the bottom by them could stay a fraction of a pixel out of sight).
            var box = els[indexForLine(caretLine)].getBoundingClientRect();
            var top = Math.floor(box.top + window.pageYOffset);
            var bottom = Math.ceil(box.bottom + window.pageYOffset);
            if (bottom > y + window.innerHeight) {
                y = bottom - window.innerHeight;
            }
            if (top < y) {
                y = top;
            }
        }
        scrollToY(y);
        lastAnchor = anchor();
        following = {top: topLine, caret: caretLine};
    }

    // Scrolls only when the block of the line is out of sight (the caret moved to another part of the post).
    function revealLine(line) {
        var i = indexForLine(line);
        if (i < 0) {
            return;
        }
        var top = els[i].offsetTop - window.pageYOffset;
        var bottom = top + els[i].offsetHeight;
        if (bottom <= 0 || top >= window.innerHeight) {
            scrollToLine(line);
        }
    }

    // The source line shown at the top of the viewport.
    function lineAtTop() {
        var y = window.pageYOffset;
        var i = indexAtY(y);
        if (i < 0) {
            return 1;
        }
        var el = els[i];
        var h = Math.max(1, el.offsetHeight);
        var fraction = Math.min(1, Math.max(0, (y - el.offsetTop) / h));
        return Math.min(el.rsLast, el.rsFirst + Math.floor(fraction * (el.rsLast - el.rsFirst + 1)));
    }

    // The lines of the block at index i, for Java and tests: [first, last].
    function linesOf(i) {
        return i >= 0 && i < els.length ? [els[i].rsFirst, els[i].rsLast].join(',') : '';
    }

    function onScroll() {
        if (expected && Math.abs(window.pageYOffset - expected.y) < 2) {
            return; // where this script put it
        }
        var bottom = document.documentElement.scrollHeight - window.innerHeight;
        if (expected && (window.innerHeight !== expected.ih || document.documentElement.scrollHeight !== expected.sh)
                && Math.abs(window.pageYOffset - Math.max(0, bottom)) < 2) {
            // The page changed size under the reader (the view was resized, a patch made the page shorter) and the
            // browser clamped the position to the new end: that was not the user. Keep following the editor, or
            // keep the reader's place.
            if (following) {
                follow(following.top, following.caret);
            } else {
                expectHere();
                lastAnchor = anchor();
            }
            return;
        }
        expected = null;
        if (scrollPending) {
            return;
        }
        scrollPending = true;
        following = null;
        window.requestAnimationFrame(function () {
            scrollPending = false;
            lastAnchor = anchor();
            if (window.recapBridge) {
                window.recapBridge.lineScrolled(lineAtTop());
            }
        });
    }

    window.addEventListener('scroll', onScroll);

    // An image above the reader's place that finishes loading would push the text down: keep the place. While the
    // preview follows the editor, an image that loads anywhere may move the caret's block: follow again.
    document.addEventListener('load', function (event) {
        var target = event.target;
        if (target && target.nodeName === 'IMG' && following) {
            follow(following.top, following.caret);
            return;
        }
        if (!target || target.nodeName !== 'IMG' || !lastAnchor || !lastAnchor.el
                || lastAnchor.el.parentNode !== content || lastAnchor.el.contains(target)) {
            return;
        }
        if ((target.compareDocumentPosition(lastAnchor.el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) {
            restore(lastAnchor);
        }
    }, true);

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
        follow: follow,
        revealLine: revealLine,
        lineAtTop: lineAtTop,
        linesOf: linesOf,
        shownVersion: function () {
            return shownVersion;
        }
    };
}());
