"""Audio: devices, the recorder, repair, processing, speech. No Qt widgets here."""
