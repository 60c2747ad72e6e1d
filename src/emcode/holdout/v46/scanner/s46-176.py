def describe(instrument, fmt):
    return fmt.format(inst=instrument)
