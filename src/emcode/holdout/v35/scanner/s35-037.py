def breed_select(breeds, selected=None):
    opts = []
    for b in breeds:
        sel = " selected" if b == selected else ""
        opts.append('<option value="%s"%s>%s</option>' % (b, sel, b))
    return '<select name="breed">%s</select>' % "".join(opts)
