from django.shortcuts import render

from .models import Appointment


def appointment_search(request):
    q = request.GET.get("q", "").strip()
    results = Appointment.objects.filter(patient__last_name__icontains=q)[:50] if q else []
    return render(request, "appointments/search.html", {"q": q, "results": results})
