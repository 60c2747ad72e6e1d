from markupsafe import Markup


def breed_select(breeds, selected=None):
    opts = Markup("")
    for b in breeds:
        if b == selected:
            opts += Markup('<option value="{0}" selected>{0}</option>').format(b)
        else:
            opts += Markup('<option value="{0}">{0}</option>').format(b)
    return Markup('<select name="breed">{}</select>').format(opts)
