from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

from .models import Case


@login_required
def case_search(request):
    term = request.GET.get("q", "")
    qs = Case.objects.filter(title__icontains=term).values("id", "title", "status")[:100]
    return JsonResponse({"results": list(qs)})
