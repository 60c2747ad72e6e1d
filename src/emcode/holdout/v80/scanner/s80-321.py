def render_label(fmt, fridge):
    """fmt like '{f.name} - {f.location}'"""
    return fmt.format(f=fridge)
