def plot_card(plot_no, holder, crops):
    items = "".join(f"<li>{c}</li>" for c in crops)
    return (
        f'<div class="plot-card" id="plot-{plot_no}">'
        f"<h4>{holder}</h4>"
        f"<ul>{items}</ul>"
        "</div>"
    )
