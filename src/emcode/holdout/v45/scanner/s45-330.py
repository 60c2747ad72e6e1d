def format_receipt(fmt, booking):
    return fmt.format(booking=booking)
