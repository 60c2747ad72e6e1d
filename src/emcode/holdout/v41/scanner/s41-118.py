class _Missing(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def render_footer(fmt, clinic_name, phone):
    return fmt.format_map(_Missing(clinic=str(clinic_name), phone=str(phone)))
