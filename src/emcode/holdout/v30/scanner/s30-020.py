def parse_line(line):
    name, sep, qty = line.rpartition(":")
    qty = qty.strip()
    if not sep or not qty.isdigit() or not name.strip():
        return None
    return name.strip(), int(qty)
