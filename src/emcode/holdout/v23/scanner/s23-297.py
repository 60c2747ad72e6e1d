from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Appointment


class AppointmentForm(forms.ModelForm):
    class Meta:
        model = Appointment
        fields = ["doctor", "starts_at", "reason"]


@login_required
def book(request):
    form = AppointmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        appt = form.save(commit=False)
        appt.patient = request.user.patient
        appt.save()
        return redirect("appointments:list")
    return render(request, "appointments/book.html", {"form": form})
