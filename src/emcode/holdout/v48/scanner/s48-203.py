from django.core.paginator import Paginator
from django.http import JsonResponse

from .models import Tutor


def tutor_search(request):
    qs = Tutor.objects.filter(active=True)
    subject = request.GET.get("subject")
    if subject:
        qs = qs.filter(subjects__name__iexact=subject)
    max_rate = request.GET.get("max_rate")
    if max_rate and max_rate.isdigit():
        qs = qs.filter(hourly_rate__lte=int(max_rate))
    page = Paginator(qs.order_by("hourly_rate"), 20).get_page(request.GET.get("page"))
    return JsonResponse({"tutors": [{"id": t.id, "name": t.display_name} for t in page]})
