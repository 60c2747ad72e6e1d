def render_label(fmt, keg):
    return fmt.format(keg=keg)
