cd "$FIXTURES/trend" && trend --measures change --wide --labels en --format md bpa-timer.csv && trend --measures change --wide --labels nb --format md bpa-timer.csv
