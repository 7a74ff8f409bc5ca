namespace Savira.Bot.Channels.WebChat;

static class WebChatPage
{
    public const string Html = """
<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Savira — coba chat</title>
<style>
  body { font-family: system-ui, sans-serif; background: #efeae2; margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { background: #075e54; color: #fff; padding: 12px 16px; font-weight: 600; }
  #log { flex: 1; overflow-y: auto; padding: 16px; display: flex; flex-direction: column; gap: 8px; }
  .bubble { max-width: 75%; padding: 8px 12px; border-radius: 8px; white-space: pre-wrap; line-height: 1.35; box-shadow: 0 1px 1px rgba(0,0,0,.1); }
  .me { align-self: flex-end; background: #d9fdd3; }
  .bot { align-self: flex-start; background: #fff; }
  form { display: flex; gap: 8px; padding: 10px; background: #f0f2f5; }
  input { flex: 1; padding: 10px; border: 0; border-radius: 20px; font-size: 15px; }
  button { padding: 10px 18px; border: 0; border-radius: 20px; background: #00a884; color: #fff; font-size: 15px; }
</style>
</head>
<body>
<header>Savira · Asisten Virtual (mode uji)</header>
<div id="log"></div>
<form id="send"><input id="text" autocomplete="off" placeholder="Ketik pesan…" autofocus><button>Kirim</button></form>
<script>
  const visitor = localStorage.getItem("savira-visitor") || crypto.randomUUID();
  localStorage.setItem("savira-visitor", visitor);
  const log = document.getElementById("log");
  function escapeHtml(s) { return s.replace(/[&<>"]/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\"":"&quot;"}[c])); }
  function whatsapp(s) { return escapeHtml(s).replace(/\*([^*\n]+)\*/g, "<b>$1</b>").replace(/_([^_\n]+)_/g, "<i>$1</i>"); }
  function add(text, who) {
    const div = document.createElement("div");
    div.className = "bubble " + who;
    div.innerHTML = whatsapp(text);
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }
  // A pushed picture (a report's completion photo), shown as WhatsApp shows the media sent with a message.
  function addPicture(url, bubble) {
    if (!/^https?:\/\//.test(url)) return;
    const img = document.createElement("img");
    img.src = url;
    img.alt = "Foto terlampir";
    img.style.cssText = "display:block;max-width:100%;margin-top:6px;border-radius:6px";
    img.addEventListener("load", () => { log.scrollTop = log.scrollHeight; });
    bubble.appendChild(img);
  }
  document.getElementById("send").addEventListener("submit", async e => {
    e.preventDefault();
    const input = document.getElementById("text");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    add(text, "me");
    const response = await fetch("/chat/messages", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ visitor, text }) });
    if (!response.ok) { add("(gagal mengirim: " + response.status + ")", "bot"); return; }
    const body = await response.json();
    body.messages.forEach(m => add(m, "bot"));
  });
  // An officer's replies and other news arrive on their own: ask for them every few seconds.
  let after = Number(localStorage.getItem("savira-after") || 0);
  async function poll() {
    try {
      const response = await fetch("/chat/messages?visitor=" + encodeURIComponent(visitor) + "&after=" + after);
      if (response.ok) {
        const body = await response.json();
        body.messages.forEach(m => { const bubble = add(m.text, "bot"); if (m.media) addPicture(m.media, bubble); after = Math.max(after, m.id); });
        localStorage.setItem("savira-after", String(after));
      }
    } catch { /* offline: try again at the next tick */ }
    setTimeout(poll, 3000);
  }
  poll();
</script>
</body>
</html>
""";
}
