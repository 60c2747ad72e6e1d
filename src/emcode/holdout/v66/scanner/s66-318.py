def courier_summary(name, deliveries, km):
    return f"{name}: {deliveries} deliveries, {km:.1f} km today"
