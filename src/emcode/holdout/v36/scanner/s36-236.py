TOAST = """<div class="toast">
  <img src="/icons/{icon}.png" alt="">
  <p><b>{player}</b> unlocked <i>{title}</i></p>
</div>"""


def achievement_toast(player, title, icon="trophy"):
    return TOAST.format(player=player, title=title, icon=icon)
