package cn.jingan.planwatch.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * An entry of a bureau folder that is not a regular file the pipeline may read (a link, a folder, a pipe,
 * socket or device, a file it may not read): left where it is and answered with a receipt saying what to send.
 *
 * @param foundAt   its own modification time, never its target's
 * @param code      the stable code its receipt carries
 * @param messageZh what the bureau should do, in plain Chinese
 * @param reason    the same in plain English, for the log and {@code status}
 */
public record RefusedEntry(Path path, String bureauCode, Instant foundAt, String code, String messageZh,
                           String reason) {

    static RefusedEntry link(Path path, String bureau, Instant foundAt) {
        return new RefusedEntry(path, bureau, foundAt, "LINK",
                "此项是快捷方式（链接），系统只读取报表文件本身，不读取链接指向的文件。请将报表文件本身（不是快捷方式）放入报送文件夹后重新报送。",
                "a link: only regular files are read; send the file itself");
    }

    static RefusedEntry folder(Path path, String bureau, Instant foundAt) {
        return new RefusedEntry(path, bureau, foundAt, "FOLDER",
                "报送文件夹中的子文件夹不会被读取。请将报表文件直接放在报送文件夹中（不要放在子文件夹内）后重新报送。",
                "a folder: returns inside sub-folders are never taken; move them up into the bureau folder");
    }

    static RefusedEntry notAFile(Path path, String bureau, Instant foundAt) {
        return new RefusedEntry(path, bureau, foundAt, "NOT_A_FILE",
                "此项不是普通文件（是管道、套接字或设备），无法作为报表读取。请将报表文件本身放入报送文件夹后重新报送。",
                "not a regular file (a pipe, socket or device): never opened");
    }

    static RefusedEntry unreadable(Path path, String bureau, Instant foundAt) {
        return new RefusedEntry(path, bureau, foundAt, "NO_PERMISSION",
                "系统没有读取此文件的权限，无法读取。请检查文件的共享或访问权限（或另存一份）后重新报送。",
                "cannot be read (permission denied): fix its permissions or send it again");
    }
}
