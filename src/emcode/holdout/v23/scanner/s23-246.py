def sort_rows(rows, key_expr):
    """key_expr like "row['score'] * 2" comes from the dashboard's custom sort box."""
    return sorted(rows, key=lambda row: eval(key_expr, {}, {"row": row}))
