from django.db import connection
from django.http import JsonResponse


def user_stats(request):
    username = request.GET["username"]
    with connection.cursor() as cur:
        cur.execute("SELECT count(*), max(created) FROM orders_order o JOIN auth_user u ON u.id = o.user_id "
                    "WHERE u.username = '%s'" % username)
        count, last = cur.fetchone()
    return JsonResponse({"orders": count, "last": str(last)})
