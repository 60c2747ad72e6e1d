from markupsafe import Markup


def select_options(choices: list[tuple[str, str]], selected: str) -> Markup:
    """<option> elements for (value, label) pairs."""
    parts = [Markup('<option value="{}"{}>{}</option>').format(value, Markup(" selected") if value == selected else "",
                                                                label)
             for value, label in choices]
    return Markup("").join(parts)
