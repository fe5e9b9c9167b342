import AtlasCommands
import Foundation

exit(await AtlasCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
