from html import escape


def plot_card(plot_no, holder, crops):
    items = "".join(f"<li>{escape(c)}</li>" for c in crops)
    return (
        f'<div class="plot-card" id="plot-{escape(str(plot_no), quote=True)}">'
        f"<h4>{escape(holder)}</h4>"
        f"<ul>{items}</ul>"
        "</div>"
    )
