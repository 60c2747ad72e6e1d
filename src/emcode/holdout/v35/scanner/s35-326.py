import logging

log = logging.getLogger("pod.fulfilment")


def dispatch_batch(orders, printer):
    sent = 0
    for order in orders:
        printer.submit(order)
        sent += 1
    log.info("dispatched %d orders to printer %d", sent, int(printer.printer_id))
    return sent
