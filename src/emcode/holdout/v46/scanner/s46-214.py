def thickness_bar(station_idx, thickness_m, max_m=400.0):
    pct = max(0.0, min(100.0, float(thickness_m) / float(max_m) * 100))
    return f'<div class="bar" data-idx="{int(station_idx)}" style="width:{pct:.1f}%"></div>'
