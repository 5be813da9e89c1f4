/*
 * Live pages (P4.5): the portal pushes each event an open page may see over the page's Faces
 * websocket. The page shows it as a short toast and, if it has a region that depends on such news,
 * refreshes it through its own p:remoteCommand named hcLiveRefresh (one call for a burst of events).
 */
(function () {
    'use strict';
    var MAX_TOASTS = 4;
    var TOAST_MS = 8000;
    var refreshTimer = null;

    function language() {
        return (document.documentElement.lang || 'en').indexOf('ko') === 0 ? 'ko' : 'en';
    }

    function toast(box, message) {
        var item = document.createElement('div');
        item.className = 'hc-toast';
        item.setAttribute('data-topic', message.topic);
        var title = document.createElement('strong');
        title.textContent = message[language()] || message.topic;
        item.appendChild(title);
        if (message.subject) {
            var subject = document.createElement('span');
            subject.textContent = ' ' + message.subject;
            item.appendChild(subject);
        }
        box.appendChild(item);
        while (box.children.length > MAX_TOASTS) {
            box.removeChild(box.firstChild);
        }
        window.setTimeout(function () {
            if (item.parentNode) {
                item.parentNode.removeChild(item);
            }
        }, TOAST_MS);
    }

    window.hcLive = {
        receive: function (message) {
            var box = document.getElementById('hc-live');
            if (!box || !message) {
                return;
            }
            // what arrived, for whoever watches the page (and its tests): a count and the topics seen
            box.setAttribute('data-count', String(Number(box.getAttribute('data-count') || '0') + 1));
            box.setAttribute('data-topics', ((box.getAttribute('data-topics') || '') + ' ' + message.topic).trim().slice(-2000));
            if (!message.quiet) {
                toast(box, message);
            }
            if (typeof window.hcLiveRefresh === 'function') {
                window.clearTimeout(refreshTimer);
                refreshTimer = window.setTimeout(function () { window.hcLiveRefresh(); }, 200);
            }
        },
        opened: function () {
            var box = document.getElementById('hc-live');
            if (box) {
                box.setAttribute('data-open', 'true');
            }
        }
    };
})();
