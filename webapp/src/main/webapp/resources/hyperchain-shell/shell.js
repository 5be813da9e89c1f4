/*
 * The browser shell: an xterm.js 5 terminal wired to the portal's /shell WebSocket.
 * xterm.js 5 draws with its DOM renderer unless a canvas or WebGL addon is loaded, and none is: the
 * text stays in the page (.xterm-rows), where screen readers and the browser tests read it.
 * Out: {"type":"input","data":...} for keystrokes, {"type":"resize","cols":N,"rows":M} on load and
 * whenever the terminal's size changes, {"type":"ping"} now and then so proxies keep the socket.
 * In: terminal output, binary (raw bytes) or text (the portal's own lines).
 * The element's data-state says how far it got: loading, connecting, open, closed.
 * Texts come from the page (data-connecting, data-closed), in the reader's language.
 */
(function () {
    'use strict';

    var KEEP_ALIVE_MS = 30000;
    var RESIZE_SETTLE_MS = 150;

    function socketUrl(path) {
        return (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + path;
    }

    function start(element) {
        var terminal = new window.Terminal({
            cursorBlink: true,
            convertEol: false,
            fontSize: 14,
            scrollback: 5000
        });
        var fit = new window.FitAddon.FitAddon();
        terminal.loadAddon(fit);
        terminal.open(element);
        fit.fit();

        element.setAttribute('data-state', 'connecting');
        terminal.write(element.getAttribute('data-connecting') + '\r\n');

        var socket = new WebSocket(socketUrl(element.getAttribute('data-socket-path')));
        socket.binaryType = 'arraybuffer';
        var keepAlive = null;

        function send(message) {
            if (socket.readyState === WebSocket.OPEN) {
                socket.send(JSON.stringify(message));
            }
        }

        function sendSize() {
            send({ type: 'resize', cols: terminal.cols, rows: terminal.rows });
        }

        socket.onopen = function () {
            element.setAttribute('data-state', 'open');
            sendSize();
            keepAlive = window.setInterval(function () { send({ type: 'ping' }); }, KEEP_ALIVE_MS);
            terminal.focus();
        };
        socket.onmessage = function (event) {
            terminal.write(typeof event.data === 'string' ? event.data : new Uint8Array(event.data));
        };
        socket.onclose = function () {
            window.clearInterval(keepAlive);
            element.setAttribute('data-state', 'closed');
            terminal.write('\r\n\x1b[1m' + element.getAttribute('data-closed') + '\x1b[0m\r\n');
        };

        // leaving the page ends the shell at once (without this the browser may keep the socket for a while)
        window.addEventListener('pagehide', function () { socket.close(1000, 'page left'); });

        terminal.onData(function (data) { send({ type: 'input', data: data }); });
        terminal.onResize(sendSize);

        var settling = null;
        window.addEventListener('resize', function () {
            window.clearTimeout(settling);
            settling = window.setTimeout(function () { fit.fit(); }, RESIZE_SETTLE_MS);
        });
        return terminal;
    }

    window.HyperChainShell = { start: start };

    // The page loads this file right after the terminal's element and calls nothing itself (our
    // pages carry no inline script, see docs/security.md): start at once, as an inline call would.
    function startOnPage() {
        var element = document.getElementById('terminal');
        if (element && element.hasAttribute('data-socket-path')) {
            start(element);
            return true;
        }
        return false;
    }

    if (!startOnPage()) {
        document.addEventListener('DOMContentLoaded', startOnPage);
    }
}());
