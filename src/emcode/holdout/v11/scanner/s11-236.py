from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Subscriber


@require_POST
def unsubscribe(request):
    email = request.POST.get("email", "").strip()
    q = "SELECT * FROM newsletter_subscriber"
    q += " WHERE email = '" + email + "'"
    q += " AND active = 1"
    matches = list(Subscriber.objects.raw(q))
    for s in matches:
        s.active = False
        s.save(update_fields=["active"])
    return JsonResponse({"unsubscribed": len(matches)})
