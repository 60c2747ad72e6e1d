from django.http import JsonResponse

from .models import Member


def member_search(request):
    qs = Member.objects.filter(active=True)
    name = request.GET.get("name")
    plan = request.GET.get("plan")
    if name:
        qs = qs.filter(last_name__icontains=name)
    if plan:
        qs = qs.filter(plan__code=plan)
    order = "joined" if request.GET.get("sort") == "joined" else "last_name"
    data = list(qs.order_by(order).values("id", "first_name", "last_name", "plan__code")[:100])
    return JsonResponse({"members": data})
