def set_device_header(headers, device_serial):
    if "\r" in device_serial or "\n" in device_serial:
        raise ValueError("header value may not contain line breaks")
    headers["X-Hearing-Device"] = device_serial
    return headers
