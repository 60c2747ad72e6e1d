from django.http import JsonResponse

from .models import Subscriber


def find_subscribers(request):
    needle = request.GET.get("q", "")
    sql = "SELECT * FROM newsletter_subscriber WHERE confirmed = true"
    params = []
    if needle:
        sql += " AND email LIKE %s"
        params.append(f"%{needle}%")
    people = Subscriber.objects.raw(sql, params)
    return JsonResponse({"emails": [p.email for p in people]})
