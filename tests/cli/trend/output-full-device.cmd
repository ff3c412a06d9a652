# -o a device: written, not replaced by a file; a full one names the file and the reason
cd "$FIXTURES/trend" && trend -o /dev/full bpa-timer.csv; s=$?; [ -c /dev/full ] && echo "/dev/full still a device"; exit $s
