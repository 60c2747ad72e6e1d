import html

TOAST = """<div class="toast">
  <img src="/icons/{icon}.png" alt="">
  <p><b>{player}</b> unlocked <i>{title}</i></p>
</div>"""


def achievement_toast(player, title, icon="trophy"):
    fields = {k: html.escape(v, quote=True) for k, v in {"player": player, "title": title, "icon": icon}.items()}
    return TOAST.format(**fields)
