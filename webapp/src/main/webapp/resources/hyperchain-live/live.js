/*
 * Live pages (P4.5): the portal pushes each event an open page may see over the page's websocket
 * (/live, opened here and opened again after a drop, a little later each time). The page shows it as a short toast and, if it has a region that depends on such news,
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
            // routine news (a sampling run every 15 s) refreshes only a page that asks for it (the overview's loads):
            // elsewhere it would re-render what a person is reading or typing in for nothing
            var wanted = !message.quiet || box.hasAttribute('data-live-quiet') || document.querySelector('[data-live-quiet]');
            if (wanted && typeof window.hcLiveRefresh === 'function') {
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

    var retryMs = 1000;

    function connect() {
        var box = document.getElementById('hc-live');
        if (!box || !window.WebSocket) {
            return;
        }
        var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + box.getAttribute('data-url');
        var socket = new WebSocket(url);
        socket.onopen = function () {
            retryMs = 1000;
            window.hcLive.opened();
        };
        socket.onmessage = function (event) {
            try {
                window.hcLive.receive(JSON.parse(event.data));
            } catch (ignored) {
                // a message this page cannot read changes nothing on it
            }
        };
        socket.onclose = function (event) {
            box.setAttribute('data-open', 'false');
            if (event.code === 1008) {
                return; // refused: this login has no live pages
            }
            window.setTimeout(connect, retryMs);
            retryMs = Math.min(retryMs * 2, 30000);
        };
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', connect);
    } else {
        connect();
    }
})();
