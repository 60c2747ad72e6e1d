from sqlalchemy import select


def plots_for_holder(session, plots_table, holder_name, site=None):
    stmt = select(plots_table.c.id, plots_table.c.site).where(plots_table.c.holder == holder_name)
    if site is not None:
        stmt = stmt.where(plots_table.c.site == site)
    return session.execute(stmt.order_by(plots_table.c.id)).all()
