from sqlalchemy import text


def plots_for_holder(session, holder_name):
    stmt = text(f"SELECT id, site FROM plots WHERE holder = '{holder_name}' ORDER BY id")
    return session.execute(stmt).all()
