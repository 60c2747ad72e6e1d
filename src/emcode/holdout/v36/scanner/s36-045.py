from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import AppointmentForm


@login_required
def book(request):
    if request.method == "POST":
        form = AppointmentForm(request.POST)
        if form.is_valid():
            appt = form.save(commit=False)
            appt.patient = request.user.patient
            appt.save()
            return redirect("appointments:detail", pk=appt.pk)
    else:
        form = AppointmentForm()
    return render(request, "appointments/book.html", {"form": form})
