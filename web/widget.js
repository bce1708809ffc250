/* Mend chat widget: text and buttons over Rasa's socket.io channel.
 * Embed anywhere with one tag: <script src="https://YOUR-MEND/widget.js" defer></script>
 * Everything shown is set with textContent, never as HTML, so "<script>" shows as text.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var server = new URL(script ? script.src : location.href, location.href).origin;
  var EXIT_URL = (script && script.dataset.exitUrl) || "https://www.bbc.co.uk/weather";
  var STORE = "mend.chat.v1";
  var TYPING_TIMEOUT_MS = 20000;

  if (window.io) {
    init();
  } else {
    var loader = document.createElement("script");
    loader.src = server + "/vendor/socket.io.min.js";
    loader.onload = init;
    document.head.appendChild(loader);
  }

  function init() {

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE)) || {}; } catch (e) { return {}; }
  }
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }
  var state = load();
  state.history = Array.isArray(state.history) ? state.history : [];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  if (!document.querySelector('link[data-mend-css]')) {
    var css = el("link", { rel: "stylesheet", href: server + "/widget.css", "data-mend-css": "" });
    document.head.appendChild(css);
  }

  var host = document.getElementById("mend-chat");
  var root = el("section", { "class": "mend", "aria-label": "Mend chat" });
  if (!host) { root.classList.add("mend-floating"); host = document.body; }

  var header = el("div", { "class": "mend-header" });
  header.appendChild(el("h2", {}, "Mend"));
  var exit = el("button", { type: "button", "class": "mend-exit", title: "Leave now and clear this chat from this device (or press Esc twice)" }, "Quick exit");
  header.appendChild(exit);
  root.appendChild(header);

  var consent = el("div", { "class": "mend-consent" });
  consent.appendChild(el("p", {}, "Mend is a coaching bot, not a therapist or an emergency service. If you are in danger, call your local emergency number. Your messages are stored so you can carry on later; a coach may read them with names and contact details removed."));
  var agree = el("button", { type: "button" }, "I understand, start");
  consent.appendChild(agree);
  root.appendChild(consent);

  var log = el("div", { "class": "mend-log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
  root.appendChild(log);
  var typing = el("p", { "class": "mend-typing", "aria-live": "polite" }, "Mend is typing…");
  typing.hidden = true;
  root.appendChild(typing);

  var form = el("form", { "class": "mend-form" });
  form.appendChild(el("label", { "for": "mend-input", "class": "mend-sr" }, "Your message"));
  var input = el("textarea", { id: "mend-input", rows: "2", placeholder: "Type your message", maxlength: "5000" });
  form.appendChild(input);
  var send = el("button", { type: "submit" }, "Send");
  form.appendChild(send);
  root.appendChild(form);
  host.appendChild(root);

  var typingTimer = null;
  function setTyping(on) {
    typing.hidden = !on;
    clearTimeout(typingTimer);
    if (on) { typingTimer = setTimeout(function () { typing.hidden = true; }, TYPING_TIMEOUT_MS); }
  }

  function setEnabled(on) {
    input.disabled = !on;
    send.disabled = !on;
    consent.hidden = !!state.consented;
  }

  function render(entry, live) {
    log.appendChild(el("div", { "class": "mend-msg mend-msg-" + entry.who }, entry.text));
    if (entry.buttons && entry.buttons.length) {
      var group = el("div", { "class": "mend-buttons", role: "group", "aria-label": "Suggested replies" });
      entry.buttons.forEach(function (button) {
        var b = el("button", { type: "button" }, button.title);
        b.disabled = !live;
        b.addEventListener("click", function () {
          Array.prototype.forEach.call(group.querySelectorAll("button"), function (x) { x.disabled = true; });
          say(button.payload, button.title);
        });
        group.appendChild(b);
      });
      log.appendChild(group);
    }
    log.scrollTop = log.scrollHeight;
  }

  function add(entry) {
    Array.prototype.forEach.call(log.querySelectorAll(".mend-buttons button"), function (b) { b.disabled = true; });
    state.history.push(entry);
    save();
    render(entry, true);
  }

  state.history.forEach(function (entry, i) { render(entry, i === state.history.length - 1); });
  setEnabled(false);

  var socket = window.io(server, { path: "/socket.io", transports: ["websocket", "polling"] });
  var ready = false;

  socket.on("connect", function () {
    socket.emit("session_request", { session_token: state.token || null });
  });
  socket.on("session_confirm", function (data) {
    if (!data || !data.session_token) { return; }
    if (state.sessionId && state.sessionId !== data.session_id) { state.history = []; log.textContent = ""; }
    state.sessionId = data.session_id;
    state.token = data.session_token;
    save();
    ready = true;
    setEnabled(!!state.consented);
  });
  socket.on("bot_uttered", function (message) {
    setTyping(false);
    if (!message) { return; }
    var buttons = message.buttons || message.quick_replies || [];
    add({ who: "bot", text: String(message.text || ""), buttons: buttons.map(function (b) {
      return { title: String(b.title || b.payload || ""), payload: String(b.payload || b.title || "") };
    }) });
  });
  socket.on("disconnect", function () { ready = false; setEnabled(false); });

  function say(payload, shown) {
    if (!ready || !state.consented) { return; }
    add({ who: "user", text: shown });
    socket.emit("user_uttered", { message: payload });
    setTyping(true);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    say(text, text);
    input.focus();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  agree.addEventListener("click", function () {
    state.consented = true;
    save();
    setEnabled(ready);
    input.focus();
  });

  function quickExit() {
    try { localStorage.removeItem(STORE); sessionStorage.clear(); } catch (e) { /* ignore */ }
    socket.disconnect();
    log.textContent = "";
    location.replace(EXIT_URL);
  }
  exit.addEventListener("click", quickExit);
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    if (now - lastEscape < 800) { quickExit(); }
    lastEscape = now;
  });
  }
})();
