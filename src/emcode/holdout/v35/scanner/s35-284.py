from django.http import JsonResponse

from .models import Subscriber


def find_subscribers(request):
    needle = request.GET.get("q", "")
    sql = "SELECT * FROM newsletter_subscriber WHERE confirmed = true"
    if needle:
        sql += " AND email LIKE '%%" + needle + "%%'"
    people = Subscriber.objects.raw(sql)
    return JsonResponse({"emails": [p.email for p in people]})
