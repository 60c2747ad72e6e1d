def render_bottle_card(name, vintage, notes):
    card = f"""<div class="bottle">
  <h3>{name} ({vintage})</h3>
  <p class="notes">{notes}</p>
</div>"""
    return card
