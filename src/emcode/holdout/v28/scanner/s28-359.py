import string


class _Strict(dict):
    def __missing__(self, key):
        raise KeyError(key)


def render_invoice_line(template, number, total, owner):
    fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    if any(not f.isidentifier() for f in fields):
        raise ValueError("only plain field names are allowed")
    return template.format_map(_Strict(number=str(number), total=f"{float(total):.2f}", owner=str(owner)))
