from string import Template


def describe(instrument, fmt):
    values = {"name": str(instrument.name), "serial": str(instrument.serial), "section": str(instrument.section)}
    return Template(fmt).safe_substitute(values)
