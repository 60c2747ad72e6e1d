from html import escape


def donation_card(donor_name, items):
    lines = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<div class=\"card\"><h3>{escape(donor_name)}</h3><ul>{lines}</ul></div>"
