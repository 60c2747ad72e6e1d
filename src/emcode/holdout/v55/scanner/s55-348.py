from html import escape


def render_bottle_card(name, vintage, notes):
    card = f"""<div class="bottle">
  <h3>{escape(name)} ({int(vintage)})</h3>
  <p class="notes">{escape(notes)}</p>
</div>"""
    return card
