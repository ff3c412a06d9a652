cd "$FIXTURES/trend" && trend --total 'BPA timer pr uke i alt' --series 'BPA timer pr uke i alt' --measures change --wide --format md --numbers nb --labels nb bpa-timer.csv
