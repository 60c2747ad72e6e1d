from django.http import JsonResponse

from .models import Employee


def by_department(request):
    dept = request.GET.get("dept", "")
    people = Employee.objects.filter(department=dept).order_by("last_name")
    return JsonResponse({"names": [p.last_name for p in people]})
