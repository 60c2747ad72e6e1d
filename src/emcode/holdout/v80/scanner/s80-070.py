def donation_card(donor_name, items):
    lines = "".join(f"<li>{i}</li>" for i in items)
    return f"<div class=\"card\"><h3>{donor_name}</h3><ul>{lines}</ul></div>"
